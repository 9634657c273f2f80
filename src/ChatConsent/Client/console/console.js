import * as signalR from '@microsoft/signalr'; console.log(signalR);
