import { useQuery } from '@tanstack/react-query';
import { isDesktop, shellCall, type ApiError } from '../../api';
import type { WorkspaceInfo } from '@shared/host/team';

export const WORKSPACE_INFO_KEY = ['shell.workspace'] as const;

/** Which workspace the desktop window talks to; nothing in a browser (the page is the server's own). */
export function useWorkspaceInfo() {
  return useQuery<WorkspaceInfo, ApiError>({
    queryKey: WORKSPACE_INFO_KEY,
    queryFn: () => shellCall('shell.workspace', {}),
    enabled: isDesktop(),
    staleTime: Infinity,
  });
}
