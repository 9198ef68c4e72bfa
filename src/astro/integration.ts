import type { AstroIntegration } from 'astro';
import type { ClientConfig } from './config';

const VIRTUAL_CONFIG = 'virtual:errdex/config';

/**
 * errdex's part of the Astro build: hands the options the pages and the browser code share
 * (how paths are made, from Astro's `base`) to both, as the module `virtual:errdex/config`.
 */
export function errdexIntegration(): AstroIntegration {
	return {
		name: 'errdex',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const client: ClientConfig = { routes: { base: config.base } };
				const resolved = `\0${VIRTUAL_CONFIG}`;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'errdex:config',
								resolveId: (id: string) => (id === VIRTUAL_CONFIG ? resolved : undefined),
								load: (id: string) =>
									id === resolved ? `export default ${JSON.stringify(client)};` : undefined,
							},
						],
					},
				});
			},
		},
	};
}
