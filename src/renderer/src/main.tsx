import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import './styles/theme.css'
import './styles/frame.css'
import './styles/palette.css'
import './styles/canvas.css'
import './styles/inspector.css'
import { App } from './app/App'
import { installThemeTokens } from './styles/themeTokens'

installThemeTokens()

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ReactFlowProvider>
      <App />
    </ReactFlowProvider>
  </StrictMode>,
)
