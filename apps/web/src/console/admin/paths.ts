/** The console's addresses, in one place (the operator's queues are h18a's pages under the park). */
export const consolePaths = {
  adminParks: '/console/admin/parks',
  adminUsers: '/console/admin/users',
  adminAnalytics: '/console/admin/analytics',
  parkAnalytics: (parkId: string) => `/console/parks/${parkId}/analytics`,
  parkQueues: (parkId: string) => `/console/parks/${parkId}/verifications`,
};
