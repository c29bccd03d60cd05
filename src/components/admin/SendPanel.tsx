'use client'
export function SendPanel() {
  return null
}
