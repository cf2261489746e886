/** Platform-wide operations of the administrator, such as moving the demo's clock. */
package kz.bagalau.platform.application;
