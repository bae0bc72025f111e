/**
 * OneForm's routes (replaces the routes.tsx Vaadin generates): the offline collector's client-side routes
 * under /collect (frontend/collect/screens, precached by frontend/sw.ts, no server needed) and, for every
 * other path, the server-side Flow views. See docs/decisions/0021-collector-screens.md.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { serverSideRoutes } from 'Frontend/generated/flow/Flow';
import { collectRoutes } from 'Frontend/collect/screens/routes';

function build() {
  const routes = [...collectRoutes, ...serverSideRoutes] as RouteObject[];
  return {
    router: createBrowserRouter([...routes], { basename: new URL(document.baseURI).pathname }),
    routes,
  };
}

export const { router, routes } = build();
