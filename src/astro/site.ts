import config from 'virtual:errdex/config';
import { createRoutes } from '../core/routes';

/** How the build was configured (`astro/config.ts`), for pages and endpoints. */
export const siteConfig = config;

/** The site's paths; pages and endpoints make every link here. */
export const routes = createRoutes(config.routes);
