// Why: before the topics, the group names the values at stake: the organisation's own (a
// coalition agreement often names some) and those the project touches; it picks and ranks
// the core values and writes down where two of them pull in different directions.
import { useId, useRef, useState } from 'preact/hooks';
import { newId, type ValueConflictId, type ValueId } from '../../../domain/ids';
import { addConflict, addValue, inList, moveCore, removeConflict, removeFromList, setCore, valueNamed, type ValueEntry, type ValueList as ListName, type WorkshopValues } from '../../../domain/values';
import { useT } from '../../../i18n/use-t';
import { updateValues } from '../../../storage/workshop-content-repo';
import { Button } from '../../../ui/Button';
import { focusAfter } from '../../../ui/focus-after';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { StepIntro } from '../StepIntro';
import { useWorkshopData } from '../workshop-context';
import { fixedLabel } from '../sections';

const SHOWN_SUGGESTIONS = 6;

function useValuesChange() {
  const { workshop } = useWorkshopData();
  // A value removed, moved or made core may take the focused button with it (2.4.3).
  return (change: (v: WorkshopValues) => WorkshopValues) => (focusAfter(), updateValues(workshop.id, change));
}

function ValueList({ source }: { source: ListName }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const change = useValuesChange();
  const [label, setLabel] = useState('');
  const [taken, setTaken] = useState<string | null>(null);
  const [allSuggestions, setAllSuggestions] = useState(false);
  const values = workshop.values;
  const list = values.entries.filter((v) => inList(v, source));
  const suggestions = index.pack.opening.values.suggestions.map((s) => s[lang]).filter((s) => {
    const there = valueNamed(values, s);
    return !there || !inList(there, source);
  });
  /**
   * False when the word is already in this list; the field then says so. A word of the other
   * list becomes a value of both (one value, so its ranking and conflicts stay as they are).
   */
  const add = (text: string): boolean => {
    if (text.trim() === '') return true;
    const there = valueNamed(values, text);
    if (there && inList(there, source)) {
      setTaken(t('workshop:values.taken', { label: there.label }));
      return false;
    }
    const entry: ValueEntry = { id: newId<ValueId>(), label: text, source, description: '' };
    void change((v) => addValue(v, entry));
    return true;
  };
  const headingId = useId();
  return (
    <section class="panel" aria-labelledby={headingId}>
      <h3 class="nl-heading nl-heading--level-2" id={headingId}>
        {t(`workshop:values.${source}Title`)}
      </h3>
      <p class="nl-paragraph subtle">{t(`workshop:values.${source}Hint`)}</p>
      {list.length > 0 && (
        <ul class="value-list">
          {list.map((v) => {
            const core = values.coreRanking.includes(v.id);
            return (
              <li key={v.id} class={`value${core ? ' value--core' : ''}`}>
                <span class="value__label">
                  <span lang={workshop.lang}>{v.label}</span>
                  {v.source === 'both' && <span class="badge value__both">{t('workshop:values.inBoth')}</span>}
                </span>
                <Button appearance={core ? 'primary' : 'secondary'} aria-pressed={core} onClick={() => void change((x) => setCore(x, v.id, !core))}>
                  {core ? t('workshop:values.isCore') : t('workshop:values.makeCore')}
                  <span class="visually-hidden">: {v.label}</span>
                </Button>
                <Button appearance="subtle" danger onClick={() => void change((x) => removeFromList(x, v.id, source))} aria-label={t('workshop:values.removeLabel', { label: v.label, list: t(`workshop:values.${source}Title`) })}>
                  {t('workshop:values.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        class="row add-value"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (add(label)) setLabel('');
        }}
      >
        <TextField
          label={t('workshop:values.addLabel')}
          value={label}
          onInput={(v) => {
            setLabel(v);
            setTaken(null);
          }}
          error={taken}
        />
        <Button type="submit">{t('workshop:values.add')}</Button>
      </form>
      {suggestions.length > 0 && (
        <div class="suggestions">
          <p class="suggestions__title">{t('workshop:values.suggestions')}</p>
          <div class="chips">
            {(allSuggestions ? suggestions : suggestions.slice(0, SHOWN_SUGGESTIONS)).map((s) => (
              <Button key={s} appearance="subtle" class="chip-button" onClick={() => add(s)} aria-label={t('workshop:values.addSuggestion', { label: s })}>
                + {s}
              </Button>
            ))}
            {suggestions.length > SHOWN_SUGGESTIONS && (
              <Button appearance="subtle" aria-expanded={allSuggestions} onClick={() => setAllSuggestions(!allSuggestions)}>
                {allSuggestions ? t('workshop:values.fewerSuggestions') : t('workshop:values.moreSuggestions', { count: suggestions.length - SHOWN_SUGGESTIONS })}
              </Button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function CoreRanking() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const change = useValuesChange();
  const byId = new Map(workshop.values.entries.map((v) => [v.id, v]));
  const ranking = workshop.values.coreRanking;
  return (
    <section class="panel" aria-labelledby="core-title">
      <h3 class="nl-heading nl-heading--level-2" id="core-title">
        {t('workshop:values.coreTitle')}
      </h3>
      {ranking.length === 0 ? (
        <p class="nl-paragraph subtle">{t('workshop:values.coreNone')}</p>
      ) : (
        <ol class="ranking">
          {ranking.map((id, i) => {
            const v = byId.get(id);
            if (!v) return null;
            return (
              <li key={id} class="ranking__item">
                <span class="ranking__place" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="ranking__label" lang={workshop.lang}>{v.label}</span>
                <Button appearance="subtle" disabled={i === 0} onClick={() => void change((x) => moveCore(x, id, -1))} aria-label={t('workshop:values.moveUp', { label: v.label })}>
                  ↑
                </Button>
                <Button appearance="subtle" disabled={i === ranking.length - 1} onClick={() => void change((x) => moveCore(x, id, 1))} aria-label={t('workshop:values.moveDown', { label: v.label })}>
                  ↓
                </Button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function Conflicts() {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const change = useValuesChange();
  const entries = workshop.values.entries;
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [whyMissing, setWhyMissing] = useState(false);
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);
  const label = (id: string) => entries.find((v) => v.id === id)?.label ?? '';
  const options = entries.map((v) => ({ value: v.id, label: v.label }));
  return (
    <section class="panel" aria-labelledby="conflicts-title">
      <h3 class="nl-heading nl-heading--level-2" id="conflicts-title">
        {t('workshop:values.conflictsTitle')}
      </h3>
      <p class="nl-paragraph subtle">{t('workshop:values.conflictsHint')}</p>
      {workshop.values.conflicts.length > 0 && (
        <ul class="plain-list">
          {workshop.values.conflicts.map((c) => (
            <li key={c.id} class="list-row">
              <div>
                <strong>
                  {label(c.a)} ↔ {label(c.b)}
                </strong>
                {c.description && <p class="nl-paragraph prewrap">{c.description}</p>}
              </div>
              <Button appearance="subtle" danger onClick={() => void change((x) => removeConflict(x, c.id))} aria-label={t('workshop:values.removeConflict', { a: label(c.a), b: label(c.b) })}>
                {t('workshop:values.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {entries.length < 2 ? (
        <p class="nl-paragraph subtle">{t('workshop:values.conflictsNeedTwo')}</p>
      ) : (
        <form
          noValidate
          ref={form}
          onSubmit={(e) => {
            e.preventDefault();
            if (!a || !b || a === b) {
              setError(t('workshop:values.conflictPickTwo'));
              // Focus goes to the list to change: the first one still empty, else the second.
              form.current?.querySelectorAll('select')[a ? 1 : 0]?.focus();
              return;
            }
            // A tension is only worth recording with the reason: that is what the report needs.
            if (description.trim() === '') {
              setWhyMissing(true);
              return;
            }
            void change((x) => addConflict(x, { id: newId<ValueConflictId>(), a: a as ValueId, b: b as ValueId, description }));
            setA('');
            setB('');
            setDescription('');
            setError(null);
            setWhyMissing(false);
          }}
        >
          {error && (
            <p class="utrecht-form-field-error-message" role="alert" id={errorId}>
              {error}
            </p>
          )}
          <div class="field-grid">
            <SelectField label={t('workshop:values.conflictA')} value={a} onChange={(v) => { setA(v); setError(null); }} empty={t('workshop:values.choose')} options={options} errorId={error ? errorId : undefined} />
            <SelectField label={t('workshop:values.conflictB')} value={b} onChange={(v) => { setB(v); setError(null); }} empty={t('workshop:values.choose')} options={options} errorId={error ? errorId : undefined} />
          </div>
          <TextField
            label={t('workshop:values.conflictDescription')}
            value={description}
            onInput={(v) => {
              setDescription(v);
              setWhyMissing(false);
            }}
            error={whyMissing ? t('workshop:values.conflictWhyRequired') : null}
            multiline
            rows={2}
          />
          <Button type="submit">{t('workshop:values.conflictAdd')}</Button>
        </form>
      )}
    </section>
  );
}

export function ValuesStep() {
  const { t } = useT();
  const { index } = useWorkshopData();
  const opening = index.pack.opening.values;
  return (
    <section aria-labelledby="step-title" class="step">
      <StepIntro id="step-title" title={fixedLabel('values')} intro={opening.intro} hint={opening.hint} />
      <div class="two-columns two-columns--wide">
        <ValueList source="organisation" />
        <ValueList source="project" />
      </div>
      <p class="nl-paragraph subtle">{t('workshop:values.bothHint')}</p>
      <CoreRanking />
      <Conflicts />
    </section>
  );
}
