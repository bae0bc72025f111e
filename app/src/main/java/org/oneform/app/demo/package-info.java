/**
 * The demo city: a deterministic generator (one district, three streets, nine communities, 36 grids,
 * about 5,000 households, 12,000 residents and 800 places, eleven departments and an account for
 * every role) and the seeder that puts it into an empty data directory on first start. All data is
 * fake: the region code 330187 and the district name 一张表示范区 exist nowhere.
 */
package org.oneform.app.demo;
