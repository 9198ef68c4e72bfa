import { describe, expect, it } from 'vitest';
import { buildCatalog, routes } from './helpers';
import { pageRefs, resolveLinks } from '../../src/outputs/page-refs';

const billing = [
	'| Code | Status | Message |',
	'|---|---|---|',
	'| 10001 | 404 | Card not found. |',
	'| 10002 | 404 | Card expired; see 10001. |',
	'| 10003 | 404 | Card locked. |',
	'| 10004 | 404 | Card stolen. |',
	'| 10005 | 404 | Card lost. |',
	'| 20001 | 409 | Duplicate charge. |',
].join('\n');
const payments =
	'| Code | Status | Message |\n|---|---|---|\n| 10001 | 404 | Payment card unknown. |\n';

describe('cross-links', () => {
	const catalog = buildCatalog([
		{ file: 'content/billing.md', text: billing },
		{ file: 'content/payments.md', text: payments },
	]);
	const refs = pageRefs(catalog, routes);
	const links = (source: string, code: string) =>
		resolveLinks(
			catalog.pages.find((page) => page.source === source && page.code === code)!.links,
			refs,
		);
	const codes = (refs: { source: string; code: string }[]) =>
		refs.map((ref) => `${ref.source}:${ref.code}`);

	it('link the same code in another source, both ways', () => {
		expect(codes(links('billing', '10001').elsewhere)).toEqual(['payments:10001']);
		expect(codes(links('payments', '10001').elsewhere)).toEqual(['billing:10001']);
	});

	it('list the same status with codes of the same source first, and count them all', () => {
		const sameStatus = links('billing', '10003').sameStatus;
		expect(codes(sameStatus)).toEqual([
			'billing:10001',
			'billing:10002',
			'billing:10004',
			'billing:10005',
			'payments:10001',
		]);
		expect(links('billing', '10003').sameStatusTotal).toBe(5);
		expect(links('billing', '20001').sameStatus).toEqual([]);
	});

	it('give previous and next in the table, and the family without repeating them', () => {
		const l = links('billing', '10003');
		expect(l.previous?.code).toBe('10002');
		expect(l.next?.code).toBe('10004');
		expect(codes(l.family)).toEqual(['billing:10001', 'billing:10005']);
		expect(links('billing', '10001').previous).toBeNull();
		expect(links('billing', '20001').next).toBeNull();
	});

	it('link codes a message names, and back', () => {
		expect(codes(links('billing', '10002').mentions)).toEqual(['billing:10001']);
		expect(codes(links('billing', '10001').mentionedBy)).toEqual(['billing:10002']);
		expect(links('payments', '10001').mentionedBy).toEqual([]);
	});

	it('make urls and anchors from the one slug module', () => {
		expect(links('billing', '10003').previous).toMatchObject({
			url: '/billing/10002/',
			anchor: '/billing/#10002',
		});
	});
});
