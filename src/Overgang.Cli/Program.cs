using System.Text;
using NodaTime;
using Overgang.Cli;

Console.OutputEncoding = Encoding.UTF8;
return OvergangApp.Run(args, Console.In, Console.Out, Console.Error, SystemClock.Instance, interactive: !Console.IsOutputRedirected);
