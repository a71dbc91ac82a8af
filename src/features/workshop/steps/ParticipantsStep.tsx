// Why: who is at the table, with their roles. The app says which key roles are missing
// (PO/FG, project owner, data and domain expertise, communication): the session can go on, but
// the record will say so plainly, as it names a party that should have been there and was not.
import { useRef, useState } from 'preact/hooks';
import { offerUndo } from '../../shared/offer-undo';
import type { Participant } from '../../../domain/participant';
import { ROLES, missingKeyRoles, type Role } from '../../../domain/roles';
import { useT } from '../../../i18n/use-t';
import { addParticipant, removeParticipant, restoreParticipant, updateParticipant } from '../../../storage/participants-repo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { AutoTextField } from '../AutoTextField';
import { roleLabel } from '../../shared/labels';
import { StepIntro } from '../StepIntro';
import { AbsentParties } from './AbsentParties';
import { useContentLang, useWorkshopData } from '../workshop-context';
import { fixedLabel } from '../sections';
import { useChosen } from '../use-chosen';

function RoleChoice({ legend, selected, onToggle, name }: { legend: string; selected: readonly Role[]; onToggle: (role: Role, on: boolean) => void; name: string }) {
  return (
    <fieldset class="utrecht-form-fieldset role-choice">
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      <div class="chips">
        {ROLES.map((role) => (
          <label key={role} class="chip">
            <input type="checkbox" class="choice__input" name={name} checked={selected.includes(role)} onChange={(e) => onToggle(role, e.currentTarget.checked)} />
            <span>{roleLabel(role)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * One person at the table. Read as a card (name, roles, what their role is about); "Wijzigen"
 * opens the fields. Someone added without a role opens ready to choose one.
 */
/** The same roles in the same order. */
const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r, i) => r === b[i]);

function ParticipantCard({ p, position }: { p: Participant; position: number }) {
  const { t } = useT();
  const contentLang = useContentLang();
  const [editing, setEditing] = useState(p.roles.length === 0);
  // Two roles ticked in quick succession: the second is added to the first, not to what was stored before it.
  const roles = useChosen(p.roles, sameRoles);
  const card = useRef<HTMLLIElement>(null);
  const name = p.name || t('workshop:participants.unnamed');
  const remove = async () => {
    const r = await removeParticipant(p);
    if (!r.ok) return;
    // The removed card took the focus with it: put it on the list's heading (which says the
    // new count), so a second press does not land on the next person's "remove".
    document.getElementById('people-title')?.focus();
    offerUndo({
      key: `participant-${p.id}`,
      said: t('workshop:participants.removed', { name: p.name }),
      what: t('workshop:removed.participant'),
      content: p.name,
      lang: contentLang,
      restore: () => restoreParticipant(p),
    });
  };
  const removeButton = (
    <Button appearance="subtle" danger onClick={() => void remove()} aria-label={t('workshop:participants.removeLabel', { name: p.name })}>
      {t('workshop:participants.remove')}
    </Button>
  );
  const done = () => {
    setEditing(false);
    // Back on the card's own "Wijzigen", not on <body>.
    requestAnimationFrame(() => card.current?.querySelector<HTMLButtonElement>('.person__edit')?.focus());
  };
  if (!editing)
    return (
      <li class="person person--card" data-participant={p.id} ref={card}>
        <span class="person__number" aria-hidden="true">
          {position}
        </span>
        <div class="person__body">
          <p class="person__name">{name}</p>
          <p class="person__roles">
            {p.roles.length === 0 ? (
              <span class="subtle">{t('workshop:participants.noRole')}</span>
            ) : (
              p.roles.map((r) => (
                <span key={r} class="badge">
                  {roleLabel(r)}
                </span>
              ))
            )}
          </p>
          {p.roleNote.trim() && <p class="person__note">{p.roleNote}</p>}
        </div>
        <div class="person__actions">
          <Button appearance="subtle" class="person__edit" onClick={() => setEditing(true)} aria-label={t('workshop:participants.editLabel', { name })}>
            {t('workshop:participants.edit')}
          </Button>
          {removeButton}
        </div>
      </li>
    );
  return (
    <li class="person person--editing" data-participant={p.id} ref={card}>
      <div class="person__head">
        <span class="person__number" aria-hidden="true">
          {position}
        </span>
        <AutoTextField draftKey={`${p.workshopId}:participant:${p.id}:name`} label={t('workshop:participants.name')} stored={p.name} save={(value) => updateParticipant(p, { name: value.trim() })} />
      </div>
      <RoleChoice
        legend={t('workshop:participants.rolesOf', { name })}
        name={`roles-${p.id}`}
        selected={roles.shown}
        onToggle={(role, on) => {
          const next = on ? [...roles.shown, role] : roles.shown.filter((r) => r !== role);
          roles.choose(next, () => updateParticipant(p, { roles: next }));
        }}
      />
      <AutoTextField
        draftKey={`${p.workshopId}:participant:${p.id}:roleNote`}
        label={roles.shown.includes('other') ? t('workshop:participants.otherRole') : t('workshop:participants.roleNote')}
        stored={p.roleNote}
        save={(roleNote) => updateParticipant(p, { roleNote })}
      />
      <div class="row">
        <Button appearance="primary" onClick={done}>
          {t('workshop:participants.editDone')}
        </Button>
        {removeButton}
      </div>
    </li>
  );
}

export function ParticipantsStep() {
  const { t } = useT();
  const { workshop, index, participants } = useWorkshopData();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [otherRole, setOtherRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [otherError, setOtherError] = useState<string | null>(null);
  const otherRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const missing = missingKeyRoles(participants);
  const opening = index.pack.opening.participants;

  const add = async () => {
    if (name.trim() === '') {
      setError(t('workshop:participants.nameRequired'));
      nameRef.current?.focus();
      return;
    }
    // Two people with the same name cannot be told apart in "who said it" or the report.
    const same = (x: string) => x.trim().toLocaleLowerCase();
    if (participants.some((p) => same(p.name) === same(name))) {
      setError(t('workshop:participants.nameTaken', { name: name.trim() }));
      nameRef.current?.focus();
      return;
    }
    // "Andere rol" alone says nothing in the report: it takes the name of that role.
    const other = roles.includes('other');
    if (other && otherRole.trim() === '') {
      setOtherError(t('workshop:participants.otherRoleRequired'));
      otherRef.current?.focus();
      return;
    }
    const r = await addParticipant(workshop.id, name, roles, other ? otherRole : '');
    if (r.ok) {
      setName('');
      setRoles([]);
      setOtherRole('');
      setError(null);
      setOtherError(null);
      nameRef.current?.focus();
    }
  };

  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={fixedLabel('participants')} intro={opening.intro} hint={opening.hint} />
      {missing.length > 0 ? (
        <Alert type="warning">
          <strong>{t('workshop:participants.missingTitle')}</strong> {missing.map(roleLabel).join(', ')}. {t('workshop:participants.missingBody')}
        </Alert>
      ) : (
        <Alert type="ok">{t('workshop:participants.allPresent')}</Alert>
      )}

      <form
        class="panel add-person"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h3 class="nl-heading nl-heading--level-2">{t('workshop:participants.addTitle')}</h3>
        <TextField
          label={t('workshop:participants.name')}
          description={t('workshop:participants.nameHint')}
          value={name}
          onInput={(v) => {
            setName(v);
            setError(null);
          }}
          error={error}
          inputRef={(el) => (nameRef.current = el)}
        />
        <RoleChoice legend={t('workshop:participants.roles')} name="new-roles" selected={roles} onToggle={(role, on) => setRoles(on ? [...roles, role] : roles.filter((r) => r !== role))} />
        {roles.includes('other') && (
          <TextField
            label={t('workshop:participants.otherRole')}
            description={t('workshop:participants.otherRoleHint')}
            value={otherRole}
            onInput={(v) => {
              setOtherRole(v);
              setOtherError(null);
            }}
            error={otherError}
            inputRef={(el) => (otherRef.current = el)}
            maxLength={500}
          />
        )}
        <Button appearance="primary" type="submit">
          {t('workshop:participants.add')}
        </Button>
      </form>

      <h3 class="nl-heading nl-heading--level-2" id="people-title" tabIndex={-1}>
        {t('workshop:participants.listTitle', { count: participants.length })}
      </h3>
      {participants.length === 0 ? (
        <p class="nl-paragraph subtle">{t('workshop:participants.none')}</p>
      ) : (
        <ol class="people">
          {participants.map((p, i) => (
            <ParticipantCard key={p.id} p={p} position={i + 1} />
          ))}
        </ol>
      )}

      <AbsentParties />
    </section>
  );
}
