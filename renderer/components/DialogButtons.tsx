// The usual pair at the bottom of a dialog: cancel, and the one action it exists for.
interface DialogButtonsProps {
  onCancel(): void;
  confirmLabel: string;
  /** Either a click handler, or the id of the form the button submits. */
  onConfirm?: () => void;
  form?: string;
  disabled?: boolean;
}

export function DialogButtons({
  onCancel,
  confirmLabel,
  onConfirm,
  form,
  disabled,
}: DialogButtonsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Abbrechen
      </button>
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className="button primary"
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </>
  );
}
