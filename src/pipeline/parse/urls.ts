/**
 * Links in a document were written for the place it is published. errdex copies no document's
 * images or neighbouring pages, so a relative link resolves against the document's `homepage`,
 * and without one it leads nowhere and is dropped. Links within the page (`#…`) and absolute
 * links stay as written.
 */
export type ResolveUrl = (url: string) => string | null;

export function documentUrls(homepage: string | undefined): ResolveUrl {
	return (url) => {
		if (url.startsWith('#') || URL.canParse(url)) return url;
		return homepage && URL.canParse(url, homepage) ? new URL(url, homepage).href : null;
	};
}
