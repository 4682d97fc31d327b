using Orkhon.Domain;

namespace Orkhon.Extraction;

/// <summary>A phrase's modality and the code it carries with it.</summary>
internal readonly record struct ClauseModality(ModalityKind Kind, CameoCode Cameo)
{
    public bool IsCoded => Kind != ModalityKind.Nothing;
}
