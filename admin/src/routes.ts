import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import type { Role } from './api/types.ts';

/** What every routed page receives from preact-iso. */
export type RoutePageProps = { params: Record<string, string>; query: Record<string, string> };

export type AdminRoute = {
  /** preact-iso pattern under /admin, e.g. '/admin/stories/:id'. */
  path: string;
  component: ComponentType<RoutePageProps>;
  /** 'public': anyone (sign-in, set-up). Otherwise the roles that may open it. */
  access: 'public' | readonly Role[];
  /** A link in the service navigation, shown to the roles that may open the page. */
  nav?: { label: string; order: number; matchPrefix?: string };
};

const STAFF: readonly Role[] = ['admin', 'coordinator', 'board_secretary'];
// Admins run the deployment but do not moderate (least privilege; docs/admin-api.md).
const MODERATORS: readonly Role[] = ['coordinator'];
const ADMINS: readonly Role[] = ['admin'];

/**
 * The route table. Each page is its own chunk (import()), so the initial bundle holds only the
 * frame. To add pages (e.g. the Board secretary's library and packs in admin/src/board/), append
 * entries here; `nav.order` places the link (coordinator 10–19, Board 20–39, admin 40–59).
 */
export const ROUTES: AdminRoute[] = [
  {
    path: '/admin/sign-in',
    component: lazy(() => import('./pages/sign-in.tsx')),
    access: 'public',
  },
  { path: '/admin/setup', component: lazy(() => import('./pages/setup.tsx')), access: 'public' },
  {
    path: '/admin/two-factor',
    component: lazy(() => import('./pages/two-factor.tsx')),
    // Also reached half-signed-in, when the deployment requires 2FA and the account has none.
    access: 'public',
  },
  {
    path: '/admin/queue',
    component: lazy(() => import('./pages/queue.tsx')),
    access: MODERATORS,
    nav: { label: 'Queue', order: 10, matchPrefix: '/admin/stories' },
  },
  {
    path: '/admin/stories/:id',
    component: lazy(() => import('./pages/story.tsx')),
    access: MODERATORS,
  },
  {
    path: '/admin/stories/:id/withdraw',
    component: lazy(() => import('./pages/story-withdraw.tsx')),
    access: MODERATORS,
  },
  {
    path: '/admin/users',
    component: lazy(() => import('./pages/admin-users.tsx')),
    access: ADMINS,
    nav: { label: 'Users', order: 40 },
  },
  {
    path: '/admin/users/:id',
    component: lazy(() => import('./pages/admin-user-edit.tsx')),
    access: ADMINS,
  },
  {
    path: '/admin/boards',
    component: lazy(() => import('./pages/admin-boards.tsx')),
    access: ADMINS,
    nav: { label: 'Boards', order: 41 },
  },
  {
    path: '/admin/boards/:boardId/alerting',
    component: lazy(() => import('./pages/admin-board-alerting.tsx')),
    access: ADMINS,
  },
  {
    path: '/admin/partners',
    component: lazy(() => import('./pages/admin-partners.tsx')),
    access: ADMINS,
    nav: { label: 'Partners', order: 42 },
  },
  {
    path: '/admin/sites',
    component: lazy(() => import('./pages/admin-sites.tsx')),
    access: ADMINS,
    nav: { label: 'Sites', order: 43 },
  },
  {
    path: '/admin/sites/:key',
    component: lazy(() => import('./pages/admin-site.tsx')),
    access: ADMINS,
  },
  {
    path: '/admin/themes',
    component: lazy(() => import('./pages/admin-themes.tsx')),
    access: ['admin', 'coordinator'],
    nav: { label: 'Local themes', order: 44 },
  },
  {
    path: '/admin/settings',
    component: lazy(() => import('./pages/admin-settings.tsx')),
    access: ADMINS,
    nav: { label: 'Settings', order: 45 },
  },
  {
    path: '/admin/audit',
    component: lazy(() => import('./pages/admin-audit.tsx')),
    access: ADMINS,
    nav: { label: 'Audit log', order: 46 },
  },
  {
    path: '/admin/board/packs',
    component: lazy(() => import('./board/packs-page.tsx')),
    access: ['board_secretary', 'coordinator'],
    nav: { label: 'Board packs', order: 20, matchPrefix: '/admin/board/packs' },
  },
  {
    path: '/admin/board/packs/:boardId/:packId',
    component: lazy(() => import('./board/pack-page.tsx')),
    access: ['board_secretary', 'coordinator'],
  },
  {
    path: '/admin/board/measures',
    component: lazy(() => import('./board/measures-page.tsx')),
    access: ['board_secretary', 'coordinator'],
    nav: { label: 'Measures', order: 21 },
  },
  {
    path: '/admin/board/actions',
    component: lazy(() => import('./board/actions-page.tsx')),
    access: ['board_secretary', 'coordinator'],
    nav: { label: 'You said, we did', order: 22 },
  },
  {
    // The API lets only coordinators see who asked to hear back: they hold the contact.
    path: '/admin/board/to-tell',
    component: lazy(() => import('./board/to-tell-page.tsx')),
    access: ['coordinator'],
    nav: { label: 'People to tell', order: 23 },
  },
  {
    path: '/admin/account',
    component: lazy(() => import('./pages/account.tsx')),
    access: STAFF,
  },
];

/** The first page a role lands on after signing in. */
export function homeFor(role: Role): string {
  const first = ROUTES.filter(
    (r) => r.nav && r.access !== 'public' && r.access.includes(role),
  ).sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0))[0];
  return first?.path ?? '/admin/account';
}
