// Why: a new workshop is run with one question pack, chosen here: the built-in one unless the
// device holds others (an organisation's own, loaded or made on the Vragensets screen). The
// list and its words load with the create dialog, never with the home screen; with only the
// built-in pack on the device nothing is shown, and nothing changes for who never made a pack.
import { useEffect, useState } from 'preact/hooks';
import type { ContentPack } from '../../content/pack-types';
import { localized } from '../../domain/localized';
import { currentLang, loadNamespaces } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { listPacks, type KnownPack } from '../../storage/packs-repo';
import { SelectField } from '../../ui/SelectField';

const keyOf = (p: Pick<ContentPack, 'id' | 'version'>) => `${p.id}@${p.version}`;

export function PackChoice({ onChange }: { onChange: (pack: ContentPack | null) => void }) {
  const { t } = useT();
  const [packs, setPacks] = useState<KnownPack[] | null>(null);
  const [chosen, setChosen] = useState('');

  useEffect(() => {
    let live = true;
    void Promise.all([listPacks(), loadNamespaces(['packs'])]).then(
      ([list]) => {
        if (!live) return;
        setPacks(list);
        setChosen(list[0] ? keyOf(list[0].pack) : '');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!packs || packs.length < 2) return null;
  const lang = currentLang();
  return (
    <SelectField
      label={t('packs:choice.label')}
      description={t('packs:choice.hint')}
      value={chosen}
      options={packs.map((k) => ({ value: keyOf(k.pack), label: t(k.builtIn ? 'packs:choice.builtIn' : 'packs:choice.option', { title: localized(k.pack.title, lang), version: k.pack.version }) }))}
      onChange={(v) => {
        setChosen(v);
        const hit = packs.find((k) => keyOf(k.pack) === v);
        onChange(hit && !hit.builtIn ? hit.pack : null);
      }}
    />
  );
}
