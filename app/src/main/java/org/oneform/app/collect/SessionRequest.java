package org.oneform.app.collect;

/** {@code POST /api/sync/v1/session}: a grid worker signs a device in. */
record SessionRequest(String username, String password, String deviceId) {
}
