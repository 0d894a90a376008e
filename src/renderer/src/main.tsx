import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ReactFlowProvider } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import '@renderer/styles/theme.css'
import '@renderer/ui/common.css'
import '@renderer/styles/frame.css'
import '@renderer/styles/palette.css'
import '@renderer/styles/canvas.css'
import '@renderer/styles/canvasFar.css'
import '@renderer/styles/inspector.css'
import { App } from '@renderer/app'
import { installThemeTokens } from '@renderer/styles'

installThemeTokens()

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ReactFlowProvider>
      <App />
    </ReactFlowProvider>
  </StrictMode>,
)
