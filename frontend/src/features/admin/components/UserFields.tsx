import { CheckboxGroup, RadioGroup, TextField } from '../../../components/Field';
import { labelFor, optionsOf } from '../../../lib/labels';
import { ROLE_LABELS } from '../../../lib/permissions';
import { useSites } from '../../sites/api/getSites';
import { useRoles } from '../api/getRoles';
import { PERMISSION_LABELS, STAFF_DISCIPLINE_LABELS } from '../labels';
import type { UserFormValues } from './userForm';

interface Props {
  idFor: (field: string) => string;
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  errors: Record<string, string>;
}

/** Name, roles and sites: the fields the create and edit forms share. */
export function UserFields({ idFor, values, onChange, errors }: Props) {
  const sites = useSites();
  const roles = useRoles();
  const permissionsOf = (role: string) => roles.data?.find((r) => r.role === role)?.permissions ?? null;

  const roleOptions = optionsOf(ROLE_LABELS).map((o) => {
    const permissions = permissionsOf(o.value);
    return permissions
      ? {
          ...o,
          description:
            permissions.length > 0
              ? `Rettigheder: ${permissions.map((p) => labelFor(PERMISSION_LABELS, p)).join('; ')}.`
              : 'Ingen rettigheder.',
        }
      : o;
  });

  return (
    <>
      <TextField
        id={idFor('display_name')}
        name="display_name"
        label="Navn"
        hint="Brugerens fulde navn, som det vises i systemet."
        width="full"
        value={values.display_name}
        onChange={(display_name) => onChange({ ...values, display_name })}
        error={errors.display_name}
      />
      <CheckboxGroup
        id={idFor('roles')}
        name="roles"
        legend="Roller"
        hint="Rollerne bestemmer, hvad brugeren må. Vælg mindst én."
        value={values.roles}
        onChange={(chosen) => onChange({ ...values, roles: chosen })}
        options={roleOptions}
        error={errors.roles}
      />
      <CheckboxGroup
        id={idFor('site_ids')}
        name="site_ids"
        legend="Matrikler"
        hint={
          sites.isPending
            ? 'Henter matrikler …'
            : 'De matrikler, hvis sager brugeren arbejder med. Administratorer og revisorer behøver ingen.'
        }
        value={values.site_ids}
        onChange={(chosen) => onChange({ ...values, site_ids: chosen })}
        options={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        error={errors.site_ids ?? (sites.isError ? 'Matriklerne kunne ikke hentes.' : undefined)}
      />
      <RadioGroup
        id={idFor('discipline')}
        name="discipline"
        legend="Faggruppe"
        hint="Terapeutens faggruppe. Bookingassistenten foreslår kun terapeuter af forløbets faggruppe."
        value={values.discipline}
        onChange={(discipline) => onChange({ ...values, discipline })}
        options={[{ value: '', label: 'Ingen' }, ...optionsOf(STAFF_DISCIPLINE_LABELS)]}
        error={errors.discipline}
      />
    </>
  );
}
