import { can, type Permission, type PermissionHolder } from '../lib/permissions';

export interface NavItem {
  to: string;
  label: string;
  end: boolean;
  /** The permission a user needs to see the item (and use the page behind it). */
  permission: Permission;
}

export const NAV: readonly NavItem[] = [
  { to: '/', label: 'Arbejdsliste', end: true, permission: 'worklist.read' },
  { to: '/min-dag', label: 'Min dag', end: false, permission: 'courses.read' },
  { to: '/fremmoede', label: 'Fremmøde', end: false, permission: 'courses.write' },
  { to: '/kalender', label: 'Kalender', end: false, permission: 'courses.read' },
  { to: '/hold', label: 'Hold', end: false, permission: 'courses.read' },
  { to: '/koerselsliste', label: 'Kørselsliste', end: false, permission: 'courses.read' },
  { to: '/henvendelser/ny', label: 'Registrér henvendelse', end: false, permission: 'cases.write' },
  { to: '/borgere/ny', label: 'Opret borger', end: false, permission: 'citizens.write' },
  { to: '/genoptraeningsplaner', label: 'Modtagne genoptræningsplaner', end: false, permission: 'cases.write' },
  { to: '/planlaegning', label: 'Planlægning', end: false, permission: 'scheduling.manage' },
  { to: '/kvalitetsstandard', label: 'Kvalitetsstandard', end: false, permission: 'centre.manage' },
  { to: '/lukkedage', label: 'Lukkedage', end: false, permission: 'centre.manage' },
  { to: '/brevskabeloner', label: 'Brevskabeloner', end: false, permission: 'centre.manage' },
  { to: '/administration', label: 'Administration', end: false, permission: 'users.manage' },
  { to: '/adgangslog', label: 'Adgangslog', end: false, permission: 'access_log.read' },
];

/** The menu items the user may use. */
export function navFor(user: PermissionHolder | null): NavItem[] {
  return user ? NAV.filter((item) => can(user, item.permission)) : [];
}
