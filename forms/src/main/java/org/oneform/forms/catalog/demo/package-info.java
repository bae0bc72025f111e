/** The demo city's catalog: what eleven departments ask about residents, households and places. */
package org.oneform.forms.catalog.demo;
