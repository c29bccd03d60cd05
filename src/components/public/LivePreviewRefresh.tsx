'use client'
// Client component on purpose: live preview needs the browser to hear the admin's "saved" messages.
// It is only rendered in draft mode for logged-in staff, never for the public.
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

export function LivePreviewRefresh() {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={process.env.NEXT_PUBLIC_SERVER_URL || window.location.origin} />
}
