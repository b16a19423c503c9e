// Ids of the board's main places, for skip links, shortcuts and "show the newest card".
export const captureFieldId = 'board-capture-field';
export const inboxListId = 'board-inbox-list';
export const columnsId = 'board-columns';
