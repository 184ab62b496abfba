package org.centralita.speech.asr;

/** A grammar written as a JSGF file Sphinx4 can load: the directory's URL and the grammar's name. */
record CompiledGrammar(String directoryUrl, String name) {
}
