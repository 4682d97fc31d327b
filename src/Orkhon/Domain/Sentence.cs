namespace Orkhon.Domain;

/// <summary>A sentence of a document: its position in the document's text and the text itself.</summary>
public readonly record struct Sentence(int Ordinal, int Start, int End, string Text);
