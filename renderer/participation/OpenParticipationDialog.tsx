// "Teilnahme öffnen": the facilitator chooses the network the phones are in, from this laptop's
// addresses with their adapters and what speaks against each. Nothing is chosen silently: only a
// single address without any warning is offered ready-selected.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { NetworkAddress } from '../../shared/participation';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { DialogButtons } from '../components/DialogButtons';
import { useStore } from '../store';
import { NetworkHelp } from './NetworkHelp';
import { setParticipationStatus } from './participationStatus';
import { SettingsFields } from './SettingsFields';
import type { SettingsValues } from './SettingsFields';

const formId = 'open-participation';

export function OpenParticipationDialog({ onClose }: { onClose(): void }) {
  const capture = useStore((state) => state.boardUi.capture);
  const [addresses, setAddresses] = useState<NetworkAddress[]>();
  const [chosen, setChosen] = useState<string>();
  const [port, setPort] = useState('');
  const [settings, setSettings] = useState<SettingsValues>({
    phase: capture.phase,
    workshopId: capture.workshopId,
    brainwriting: false,
    namesAllowed: false,
  });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.call('participation:addresses', {}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      setAddresses(result.value);
      const clean = result.value.filter((entry) => entry.warnings.length === 0);
      if (clean.length === 1) setChosen(clean[0]?.address);
    });
  }, []);

  const portNumber = port.trim() === '' ? 0 : Number(port);
  const portValid = Number.isInteger(portNumber) && portNumber >= 0 && portNumber <= 65535;

  async function open(event: FormEvent) {
    event.preventDefault();
    if (!chosen || !portValid) return;
    setBusy(true);
    const result = await api.call('participation:open', {
      address: chosen,
      port: portNumber,
      settings,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    // The open status turns this dialog into the participation dialog.
    setParticipationStatus(result.value);
  }

  return (
    <Dialog
      title="Teilnahme vom Handy öffnen"
      wide
      onClose={onClose}
      actions={
        <DialogButtons
          onCancel={onClose}
          confirmLabel="Teilnahme öffnen"
          form={formId}
          disabled={!chosen || !portValid || busy}
        />
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void open(event)}>
        <fieldset className="address-choice">
          <legend>In welchem Netz sind die Handys?</legend>
          {addresses === undefined && <p className="muted">Netzwerkadapter werden gelesen …</p>}
          {addresses?.length === 0 && (
            <p className="form-error">Dieser Rechner hat keine IPv4-Adresse. Ist das WLAN an?</p>
          )}
          {addresses?.map((entry) => (
            <label key={`${entry.adapter}-${entry.address}`} className="address-option">
              <input
                type="radio"
                name="address"
                value={entry.address}
                checked={chosen === entry.address}
                onChange={() => setChosen(entry.address)}
              />
              <span>
                <span className="address-line">
                  {entry.address} <span className="muted">· {entry.adapter}</span>
                </span>
                {entry.warnings.map((warning) => (
                  <span key={warning} className="address-warning">
                    ⚠ {warning}
                  </span>
                ))}
              </span>
            </label>
          ))}
        </fieldset>
        <label>
          Port (leer lassen: ein freier wird gewählt)
          <input
            inputMode="numeric"
            value={port}
            aria-invalid={!portValid}
            onChange={(event) => setPort(event.target.value)}
          />
        </label>
        {!portValid && <p className="form-error">Bitte eine Zahl von 1 bis 65535 angeben.</p>}
        <SettingsFields
          values={settings}
          onChange={(changes) => setSettings({ ...settings, ...changes })}
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <NetworkHelp />
    </Dialog>
  );
}
