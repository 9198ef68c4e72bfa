import { t } from './translate';

/**
 * `<errdex-copy data-value>`: copies its value, a site path made absolute against the page's
 * address. Without a clipboard the button would only fail, so it stays hidden.
 */
export class CopyValue extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const status = this.querySelector('[role="status"]')!;
		if (!navigator.clipboard) return;
		button.hidden = false;
		button.addEventListener('click', async () => {
			const value = this.dataset['value'] ?? '';
			const text = /^[/#]/.test(value) ? new URL(value, location.href).href : value;
			try {
				await navigator.clipboard.writeText(text);
				status.textContent = t('errdex.copy.done');
			} catch {
				status.textContent = t('errdex.copy.failed');
			}
			setTimeout(() => (status.textContent = ''), 2000);
		});
	}
}
