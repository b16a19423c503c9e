// Renderer entry.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isProjectorWindow } from './board/presentation';
import { useStore } from './store';
import './styles/base.css';
import './styles/board.css';
import './styles/library.css';
import './styles/profile.css';
import './styles/overview.css';
import './styles/process.css';
import './styles/review.css';
import './styles/plan.css';
import './styles/participation.css';

// The projector window shows the board to the room and nothing else, following every change.
if (isProjectorWindow()) {
  useStore.setState((state) => ({
    view: 'board',
    boardUi: { ...state.boardUi, presentation: true },
  }));
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
