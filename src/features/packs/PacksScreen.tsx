// Why: the "Vragensets" screen. An organisation brings its own questions here (a file, checked
// as strictly as a bundle, exchange/pack-file.ts), sees every pack this device can start a
// workshop with (with its licence, source and fingerprint), makes a new pack from one without
// writing JSON (PackEditor), and saves any pack as a file to share with colleagues.
import { useEffect, useId, useState } from 'preact/hooks';
import './packs.css';
import type { ContentPack } from '../../content/pack-types';
import { localized } from '../../domain/localized';
import { openPackFile, packFileName, packFileText } from '../../exchange/pack-file';
import { currentLang } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { useLive } from '../../storage/live';
import { listPacks, storePack, type KnownPack } from '../../storage/packs-repo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { downloadFile } from '../shared/report/save-file';
import { conflictText, packRefusalText, pt } from './pack-refusal';
import { PackEditor } from './PackEditor';

type Message = { readonly tone: 'ok' | 'info' | 'error'; readonly text: string };

const titleOf = (pack: ContentPack) => localized(pack.title, currentLang());

async function loadFile(file: File): Promise<Message> {
  const opened = await openPackFile(new Uint8Array(await file.arrayBuffer()));
  if (!opened.ok) return { tone: 'error', text: pt('load.refused', { reason: packRefusalText(opened.refusal) }) };
  const stored = await storePack(opened.pack);
  const names = { title: titleOf(opened.pack), version: opened.pack.version };
  if (!stored.ok) return { tone: 'error', text: pt('load.refused', { reason: pt('load.storage') }) };
  if (stored.value.kind === 'conflict') return { tone: 'error', text: pt('load.refused', { reason: conflictText(stored.value, opened.pack) }) };
  return { tone: stored.value.kind === 'stored' ? 'ok' : 'info', text: pt(`load.${stored.value.kind}`, names) };
}

function exportPack(pack: ContentPack): void {
  downloadFile(new Blob([packFileText(pack)], { type: 'application/json' }), packFileName(pack));
}

function PackItem({ known, onEdit }: { known: KnownPack; onEdit: () => void }) {
  const { t } = useT();
  const { pack } = known;
  const lang = currentLang();
  return (
    <li class="pack-item" data-pack={`${pack.id}@${pack.version}`}>
      <h3 class="nl-heading nl-heading--level-3">
        {titleOf(pack)} {known.builtIn && <span class="pack-item__badge">{t('packs:list.builtIn')}</span>}
      </h3>
      <p class="nl-paragraph">{t('packs:list.meta', { id: pack.id, version: pack.version })}</p>
      <p class="nl-paragraph">{t('packs:list.languages', { languages: pack.languages.map((l) => t(`packs:editor.langs.${l}`)).join(', ') })}</p>
      <p class="nl-paragraph">{pack.licence ? t('packs:list.licence', { licence: pack.licence }) : t('packs:list.noLicence')}</p>
      <p class="nl-paragraph subtle">{t('packs:list.attribution', { attribution: localized(pack.attribution, lang) })}</p>
      <p class="nl-paragraph subtle pack-item__hash">{t('packs:list.hash', { hash: known.hash })}</p>
      <div class="pack-item__actions">
        <Button onClick={onEdit}>{t('packs:list.edit')}</Button>
        <Button onClick={() => exportPack(pack)}>{t('packs:list.export')}</Button>
      </div>
    </li>
  );
}

export function PacksScreen() {
  const { t } = useT();
  const inputId = useId();
  const packs = useLive(() => listPacks(), []);
  const [editing, setEditing] = useState<ContentPack | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('packs:title')} · ${t('app.name')}`;
  }, [t]);

  if (editing)
    return (
      <PackEditor
        base={editing}
        onDone={(saved) => {
          setEditing(null);
          if (saved) setMessage({ tone: 'ok', text: t('packs:editor.saved', { title: titleOf(saved), version: saved.version }) });
        }}
      />
    );

  const list = packs.status === 'ready' ? packs.value : [];
  return (
    <section aria-labelledby="packs-title" class="packs">
      <h1 class="nl-heading nl-heading--level-1" id="packs-title">
        {t('packs:title')}
      </h1>
      <p class="nl-paragraph nl-paragraph--lead">{t('packs:intro')}</p>

      <section class="panel" aria-labelledby="packs-load-title">
        <h2 class="nl-heading nl-heading--level-2" id="packs-load-title">
          {t('packs:load.title')}
        </h2>
        <p class="nl-paragraph">{t('packs:load.intro')}</p>
        <input
          id={inputId}
          class="file-input"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            setBusy(true);
            setMessage(await loadFile(file));
            setBusy(false);
          }}
        />
        <label for={inputId} class="utrecht-button utrecht-button--primary-action" aria-disabled={busy || undefined}>
          {t('packs:load.button')}
        </label>
      </section>

      {message && (
        <Alert type={message.tone} live>
          <span data-pack-message={message.tone}>{message.text}</span>
        </Alert>
      )}

      <section class="panel" aria-labelledby="packs-list-title">
        <h2 class="nl-heading nl-heading--level-2" id="packs-list-title">
          {t('packs:list.title')}
        </h2>
        <ul class="pack-list">
          {list.map((k) => (
            <PackItem
              key={`${k.pack.id}@${k.pack.version}`}
              known={k}
              onEdit={() => {
                setMessage(null);
                setEditing(k.pack);
              }}
            />
          ))}
        </ul>
      </section>
    </section>
  );
}
