/**
 * The collector's client-side routes under /collect: sign-in, assignment list, subject detail, fill, new
 * subject, outbox. Everything renders from IndexedDB; nothing here needs the server to be reachable. The
 * screens are loaded lazily (the back-office Flow pages do not pay for them); their chunks are precached.
 */
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

const screen = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const collectRoutes: RouteObject[] = [
  {
    path: '/collect',
    lazy: screen(() => import('./CollectorLayout.js')),
    children: [
      { index: true, lazy: screen(() => import('./AssignmentsScreen.js')) },
      { path: 'signin', lazy: screen(() => import('./SignInScreen.js')) },
      { path: 'subject/:subjectId', lazy: screen(() => import('./SubjectScreen.js')) },
      { path: 'fill/:draftId', lazy: screen(() => import('./FillScreen.js')) },
      { path: 'new', lazy: screen(() => import('./NewSubjectScreen.js')) },
      { path: 'outbox', lazy: screen(() => import('./OutboxScreen.js')) },
    ],
  },
];
