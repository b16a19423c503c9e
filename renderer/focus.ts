// Where the keyboard goes after an action removed what had the focus (an editor closed, a card
// deleted, a screen left): once React has drawn the result, to the first of the given places that
// exists. Without this, focus falls to <body> and a keyboard user starts again at the top.

export function focusAfterRender(...selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus({ preventScroll: false });
        return;
      }
    }
  });
}

/** The grip of an idea card (its keyboard handle). */
export const ideaGrip = (id: number) => `.drag-shell[data-id="${id}"] .grip`;

/** The grip of a project on the board. */
export const projectGrip = (id: number) =>
  `.project[data-project-id="${id}"] .project-header .grip`;
