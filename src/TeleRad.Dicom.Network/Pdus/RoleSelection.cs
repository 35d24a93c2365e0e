namespace TeleRad.Dicom.Network.Pdus;

/// <summary>An SCP/SCU Role Selection sub-item (PS3.7 annex D.3.3.4): the roles the requestor may take for a SOP class.</summary>
/// <param name="SopClassUid">The SOP class (abstract syntax) the roles apply to.</param>
/// <param name="ScuRole">In the RQ: the requestor proposes to act as SCU; in the AC: the acceptor agrees.</param>
/// <param name="ScpRole">In the RQ: the requestor proposes to act as SCP; in the AC: the acceptor agrees.</param>
public sealed record RoleSelection(string SopClassUid, bool ScuRole, bool ScpRole);
