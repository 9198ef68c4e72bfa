import statuses from 'statuses';

/** `404 Not Found`: the status with its reason phrase, where HTTP defines one. */
export function describeStatus(status: number): string {
	const reason = statuses.message[status];
	return reason ? `${status} ${reason}` : String(status);
}

/** The reason phrase HTTP defines for a status (`Not Found`), if any. */
export function reasonPhrase(status: number): string | undefined {
	return statuses.message[status];
}

/**
 * The names HTTP gives a status or a class of statuses (`404`: `Not Found`; `4xx`: `Client
 * Error`, as RFC 9110 heads each class, and `Success`, as writers shorten `Successful`).
 */
export function namesOfStatus(code: string): string[] {
	const named = CLASS_NAMES[code.toLowerCase()];
	if (named) return named;
	const reason = /^\d{3}$/.test(code) ? reasonPhrase(Number(code)) : undefined;
	return reason === undefined ? [] : [reason];
}
const CLASS_NAMES: Record<string, string[]> = {
	'1xx': ['Informational'],
	'2xx': ['Successful', 'Success'],
	'3xx': ['Redirection'],
	'4xx': ['Client Error'],
	'5xx': ['Server Error'],
};

/**
 * Whether a name is a library's constant for a status, its reason phrase after `Status` or
 * `Http` (`StatusForbidden` in Go, `HTTP_NOT_FOUND`, `HttpStatusConflict`): a name of the status,
 * not a code an API returns.
 */
export function isStatusConstant(status: number, name: string): boolean {
	const reason = reasonPhrase(status);
	if (reason === undefined) return false;
	const letters = name.toLowerCase().replace(/[^a-z]/g, '');
	const bare = /^(?:http)?(?:status)?(.*)$/.exec(letters)![1]!;
	return bare !== letters && bare === reason.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * Whether a text is, whole, the reason phrase of a status, in English or as Spanish, Portuguese,
 * French and Italian documents translate it (`No autorizado.`, `Não autorizado`, `Conflit`): a
 * message that only names the status says the number is HTTP's. Case, accents and a closing
 * full stop aside.
 */
export function saysReasonPhrase(status: number, text: string): boolean {
	const said = plain(text);
	const reason = reasonPhrase(status);
	return (
		said !== '' &&
		((reason !== undefined && plain(reason) === said) ||
			(TRANSLATED_REASONS[status] ?? []).includes(said))
	);
}

const plain = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[.!。]+\s*$/u, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The reason phrases of the failing statuses APIs name most, as documents in Spanish, Portuguese,
 * French and Italian write them, without accents (`plain`). Written here: the translations npm
 * offers (`@http-util/status-i18n`) cover German and East Asian languages, not these.
 */
const TRANSLATED_REASONS: Record<number, string[]> = {
	400: [
		'solicitud incorrecta',
		'peticion incorrecta',
		'requisicao invalida',
		'solicitacao invalida',
		'requete incorrecte',
		'mauvaise requete',
		'richiesta non valida',
	],
	401: ['no autorizado', 'nao autorizado', 'non autorise', 'non autorizzato'],
	403: ['prohibido', 'proibido', 'interdit', 'vietato'],
	404: ['no encontrado', 'nao encontrado', 'non trouve', 'introuvable', 'non trovato'],
	405: [
		'metodo no permitido',
		'metodo nao permitido',
		'methode non autorisee',
		'metodo non consentito',
	],
	409: ['conflicto', 'conflito', 'conflit', 'conflitto'],
	422: ['entidad no procesable', 'entidade nao processavel', 'entite non traitable'],
	429: ['demasiadas solicitudes', 'muitas requisicoes', 'trop de requetes', 'troppe richieste'],
	500: [
		'error interno del servidor',
		'erro interno do servidor',
		'erreur interne du serveur',
		'errore interno del server',
	],
	501: ['no implementado', 'nao implementado', 'non implemente', 'non implementato'],
	503: [
		'servicio no disponible',
		'servico indisponivel',
		'service indisponible',
		'servizio non disponibile',
	],
};
