import config from 'virtual:errdex/config';
import { createRoutes } from '../core/routes';

/** The site's paths, as the build was configured; pages and endpoints make every link here. */
export const routes = createRoutes(config.routes);
