declare module 'virtual:errdex/config' {
	const config: import('./astro/config').ClientConfig;
	export default config;
}
