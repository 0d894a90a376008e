/** Builds small draw.io files for tests, the way draw.io writes them (cells under layer "1"). */

export interface TestCell {
  id: string
  value?: string
  style?: string
  x?: number
  y?: number
  w?: number
  h?: number
  parent?: string
  edge?: { source?: string; target?: string; sourcePoint?: [number, number]; targetPoint?: [number, number] }
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function modelXml(cells: readonly TestCell[]): string {
  const body = cells.map((cell) => {
    const attrs = [`id="${escape(cell.id)}"`, `value="${escape(cell.value ?? '')}"`, `style="${escape(cell.style ?? '')}"`]
    attrs.push(`parent="${escape(cell.parent ?? '1')}"`)
    if (cell.edge) {
      attrs.push('edge="1"')
      if (cell.edge.source) attrs.push(`source="${escape(cell.edge.source)}"`)
      if (cell.edge.target) attrs.push(`target="${escape(cell.edge.target)}"`)
      const points = [
        cell.edge.sourcePoint ? `<mxPoint x="${cell.edge.sourcePoint[0]}" y="${cell.edge.sourcePoint[1]}" as="sourcePoint" />` : '',
        cell.edge.targetPoint ? `<mxPoint x="${cell.edge.targetPoint[0]}" y="${cell.edge.targetPoint[1]}" as="targetPoint" />` : '',
      ].join('')
      return `<mxCell ${attrs.join(' ')}><mxGeometry relative="1" as="geometry">${points}</mxGeometry></mxCell>`
    }
    attrs.push('vertex="1"')
    const geometry = `<mxGeometry x="${cell.x ?? 0}" y="${cell.y ?? 0}" width="${cell.w ?? 60}" height="${cell.h ?? 60}" as="geometry" />`
    return `<mxCell ${attrs.join(' ')}>${geometry}</mxCell>`
  })
  return `<mxGraphModel><root><mxCell id="0" /><mxCell id="1" parent="0" />${body.join('')}</root></mxGraphModel>`
}

export function drawioFile(...pages: (readonly TestCell[])[]): string {
  const diagrams = pages.map((cells, i) => `<diagram id="p${i}" name="Page ${i + 1}">${modelXml(cells)}</diagram>`)
  return `<mxfile host="test">${diagrams.join('')}</mxfile>`
}

/**
 * A page as draw.io compressed it before 14.x: base64(deflateRaw(encodeURIComponent(xml))). The test passes
 * Node's zlib in, so the packing does not share code with the importer's inflate.
 */
export function compressedDrawioFile(cells: readonly TestCell[], deflateRaw: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = deflateRaw(new TextEncoder().encode(encodeURIComponent(modelXml(cells))))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  const packed = btoa(binary)
  return `<mxfile host="test"><diagram id="c" name="Packed">${packed}</diagram></mxfile>`
}

export const aws = (name: string) =>
  `sketch=0;outlineConnect=0;html=1;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.${name};`
