using System.Net;

namespace TeleRad.Cli.Network;

/// <summary>The options of <c>telerad receive</c>.</summary>
/// <param name="EndPoint">Address and port to listen on.</param>
/// <param name="Directory">Where received files go.</param>
/// <param name="AETitle">This SCP's AE title.</param>
/// <param name="MaxAssociations">The most associations at once.</param>
/// <param name="IdleTimeout">How long an association may stay silent.</param>
internal sealed record ReceiveSettings(IPEndPoint EndPoint, string Directory, string AETitle, int MaxAssociations, TimeSpan IdleTimeout);
