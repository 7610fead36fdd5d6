/** Deliberate violations of the architecture rules, so each rule's test proves it can fail. Test sources only. */
package cn.districtbudget.data.architecture.violation;
