namespace Orkhon.Extraction;

/// <summary>What a phrase is coded as once its modality is read.</summary>
internal enum ModalityKind
{
    /// <summary>A reported act: coded as the lexicon says.</summary>
    Fact,

    /// <summary>Negated, hypothetical, embedded or unrealised: coded as nothing.</summary>
    Nothing,

    /// <summary>A stated plan or schedule: coded as the matching intent (03x), dated by the statement.</summary>
    Intent,

    /// <summary>A hostile act under a modal and a condition: coded as the matching threat (13x).</summary>
    Threat,
}
