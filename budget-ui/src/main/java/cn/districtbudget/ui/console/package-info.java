/**
 * What every command (cli's parse/check/import, security's create-admin) shares on the terminal: Spring started
 * quietly and a failure the user can act on told in one line, never a stack trace.
 */
package cn.districtbudget.ui.console;
