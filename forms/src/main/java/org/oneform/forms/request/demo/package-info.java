/** The demo city's field requests: what eleven departments ask grid workers, with their legal bases. */
package org.oneform.forms.request.demo;
