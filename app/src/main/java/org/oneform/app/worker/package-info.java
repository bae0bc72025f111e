/**
 * The grid worker's back-office screen: their grids and the households, residents and places in
 * them, masked. Collection itself happens in the offline collector ({@code /collect}, client side).
 */
package org.oneform.app.worker;
