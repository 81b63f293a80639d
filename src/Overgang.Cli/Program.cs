using System.Text;
using NodaTime;
using Overgang.Cli;

Console.OutputEncoding = Encoding.UTF8;
var interactive = !Console.IsOutputRedirected;
return OvergangApp.Run(args, Console.In, Console.Out, Console.Error, SystemClock.Instance, interactive, interactive && Console.WindowWidth > 0 ? Console.WindowWidth : OvergangApp.HelpWidth);
