// The municipality's own texts for the Werkstattplan: a Vorwort and a Beschlussvorschlag, each
// off until ticked; the Beschlussvorschlag starts from a template the user edits.
import type { ExportOptions, OptionalText } from '../../shared/plan';

interface Props {
  options: ExportOptions;
  onChange(changes: Partial<ExportOptions>): void;
  /** The Beschlussvorschlag to start from, made when first ticked. */
  template(): string;
}

export function OwnTexts({ options, onChange, template }: Props) {
  return (
    <fieldset className="own-texts">
      <legend>Eigene Texte</legend>
      <OwnText
        label="Vorwort nach dem Inhaltsverzeichnis"
        value={options.foreword}
        placeholder="z. B. ein Grußwort der Bürgermeisterin oder des Bürgermeisters"
        onChange={(foreword) => onChange({ foreword })}
      />
      <OwnText
        label="Beschlussvorschlag am Ende (für die Vorlage an den Rat)"
        value={options.resolution}
        onChange={(resolution) =>
          onChange({
            resolution:
              resolution.included && resolution.text.trim() === ''
                ? { ...resolution, text: template() }
                : resolution,
          })
        }
      />
    </fieldset>
  );
}

function OwnText(props: {
  label: string;
  value: OptionalText;
  placeholder?: string;
  onChange(value: OptionalText): void;
}) {
  const { label, value, placeholder, onChange } = props;
  return (
    <>
      <label>
        <input
          type="checkbox"
          checked={value.included}
          onChange={(event) => onChange({ ...value, included: event.target.checked })}
        />
        {label}
      </label>
      {value.included && (
        <textarea
          aria-label={label}
          value={value.text}
          rows={5}
          maxLength={20_000}
          placeholder={placeholder}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
      )}
    </>
  );
}
