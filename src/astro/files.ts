import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files errdex hands to Astro and Starlight by path (its routes, components, styles, route
 * middleware), found from the package's folder. The code that asks runs from `src/` in this
 * repository and from the bundle in `lib/` where errdex is installed, so the folder is found
 * as the nearest one with a package.json rather than by a relative path.
 */
function packageFolder(from: string): string {
	let folder = dirname(from);
	while (!existsSync(join(folder, 'package.json'))) {
		const parent = dirname(folder);
		if (parent === folder) throw new Error(`errdex: no package.json above ${from}`);
		folder = parent;
	}
	return folder;
}

const root = packageFolder(fileURLToPath(import.meta.url));

/** The absolute path of a file of errdex's `src/`. */
export const sourceFile = (path: string) => join(root, 'src', path);
