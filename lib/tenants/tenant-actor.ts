/** Who performs a platform-level change: the platform owner's id and the request, for the audit log. */
export interface PlatformActor {
  userId: string;
  requestId?: string | null;
}
