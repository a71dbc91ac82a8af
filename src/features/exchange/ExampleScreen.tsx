// Why: an anonymised copy opened on this device is shown as a read-only example, for teaching
// and research: what the group said and decided, under pseudonyms. Nothing here writes to a
// workshop and there is no way to export it as a bundle: the copy is not the group's record,
// and signing it on this device would vouch for content this device never held.
import { useEffect, useMemo } from 'preact/hooks';
import './exchange.css';
import './example.css';
import { loadDefaultPack } from '../../content/default-pack-loader';
import type { ContentPack } from '../../content/pack-types';
import { photoBlob, type AnonPhoto } from '../../exchange/anonymised';
import { useT } from '../../i18n/use-t';
import { Link } from '../../shell/Link';
import { showNotice } from '../../shell/notices';
import { hrefOf, navigate } from '../../shell/router';
import { getExample, removeExample } from '../../storage/examples-repo';
import { useLive } from '../../storage/live';
import { Button } from '../../ui/Button';

function Photo({ photo }: { photo: AnonPhoto }) {
  const url = useMemo(() => URL.createObjectURL(photoBlob(photo)), [photo]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <figure class="example__photo">
      <img src={url} alt={photo.caption} width={photo.width} height={photo.height} />
      {photo.caption && <figcaption>{photo.caption}</figcaption>}
    </figure>
  );
}

export function ExampleScreen({ id }: { id: string }) {
  const { t } = useT();
  const live = useLive(() => getExample(id), [id]);
  const packLive = useLive(() => loadDefaultPack().catch((): ContentPack | null => null), []);
  const example = live.status === 'ready' ? live.value : null;
  const w = example?.file.content.workshop;
  useEffect(() => {
    if (w) document.title = `${w.title} · ${t('exchange:anon.example.badge')} · ${t('app.name')}`;
  }, [w, t]);
  if (live.status !== 'ready') return null;
  if (!example || !w) {
    return (
      <section class="stack">
        <h1 class="nl-heading nl-heading--level-1">{t('exchange:anon.example.notFound')}</h1>
        <Link class="nl-link link-target" href="/">
          {t('nav.back')}
        </Link>
      </section>
    );
  }
  const c = example.file.content;
  const lang = w.lang;
  const pack = packLive.status === 'ready' && packLive.value && packLive.value.id === w.pack.id && packLive.value.version === w.pack.version ? packLive.value : null;
  const questionText = (qid: string) => pack?.groups.flatMap((g) => g.topics.flatMap((tp) => tp.questions)).find((q) => q.id === qid)?.text[lang] ?? qid;
  const questions = [...new Set(c.notes.map((n) => n.questionId as string))];
  const remove = async () => {
    const r = await removeExample(id);
    if (r.ok) {
      showNotice({ id: 'example', text: t('exchange:anon.example.removed'), tone: 'info', dismissible: true, actions: [], timeoutMs: 8000 });
      navigate(hrefOf({ name: 'import' }));
    }
  };
  const empty = <p class="nl-paragraph">{t('exchange:anon.example.empty')}</p>;
  return (
    <article class="stack example" aria-labelledby="example-title" data-example>
      <Link class="nl-link link-target" href="/">
        {t('nav.back')}
      </Link>
      <p class="example__badge" data-example-badge>
        {t('exchange:anon.example.badge')}
      </p>
      <h1 class="nl-heading nl-heading--level-1" id="example-title" lang={lang}>
        {w.title}
      </h1>
      <p class="nl-paragraph">{t('exchange:anon.example.intro')}</p>

      <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.goal')}</h2>
      {w.goal.statement ? <p class="nl-paragraph" lang={lang}>{w.goal.statement}</p> : empty}

      <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.people')}</h2>
      {c.participants.length ? (
        <ul lang={lang} data-example-people>
          {c.participants.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      ) : empty}

      <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.values')}</h2>
      {w.values.entries.length ? <p class="nl-paragraph" lang={lang}>{w.values.entries.map((v) => v.label).join(', ')}</p> : empty}

      <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.notes')}</h2>
      {questions.length ? (
        questions.map((q) => (
          <section key={q} class="example__question">
            <h3 class="nl-heading nl-heading--level-3" lang={lang}>{questionText(q)}</h3>
            <ul data-example-notes>
              {c.notes
                .filter((n) => n.questionId === q)
                .sort((a, b) => a.order - b.order)
                .map((n) => (
                  <li key={n.id}>
                    <span class="example__kind">{t(`exchange:anon.example.kinds.${n.kind}`)}</span> <span lang={lang}>{n.text}</span>
                  </li>
                ))}
            </ul>
          </section>
        ))
      ) : empty}

      <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.actions')}</h2>
      {c.actionPoints.length ? (
        <ul>
          {c.actionPoints.map((a) => (
            <li key={a.id}>
              <span lang={lang}>{a.title}</span>
              {a.isCondition && <> ({t('exchange:anon.example.condition')})</>}
            </li>
          ))}
        </ul>
      ) : empty}

      <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.decision')}</h2>
      {w.decision ? (
        <p class="nl-paragraph">
          <strong>{t(`decision:decision.outcomes.${w.decision.outcome}`)}</strong>
          {w.decision.rationale && <>: <span lang={lang}>{w.decision.rationale}</span></>}
        </p>
      ) : empty}

      {c.photos.length > 0 && (
        <>
          <h2 class="nl-heading nl-heading--level-2">{t('exchange:anon.example.photos')}</h2>
          {c.photos.map((p) => (
            <Photo key={p.id} photo={p} />
          ))}
        </>
      )}

      <p class="nl-paragraph example__hash">{t('exchange:anon.example.checksum', { hash: example.id })}</p>
      <div>
        <Button appearance="subtle" onClick={() => void remove()}>
          {t('exchange:anon.example.remove')}
        </Button>
      </div>
    </article>
  );
}
