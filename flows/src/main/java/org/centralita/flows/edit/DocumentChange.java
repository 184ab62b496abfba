package org.centralita.flows.edit;

/** A text change in one document: an edit may change several files (a renamed flow). */
record DocumentChange(FlowDocument document, TextChange change) {
}
