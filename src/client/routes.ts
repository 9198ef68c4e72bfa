import config from 'virtual:errdex/config';
import { createRoutes } from '../core/routes';

/** The site's route options, as the build was configured; the worker gets them from here. */
export const routeOptions = config.routes;

/** The site's paths, in the browser. */
export const routes = createRoutes(routeOptions);
