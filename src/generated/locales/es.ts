
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03671502eb0972e2': str`Valor de ${0} desconocido: «${1}». Use uno de estos: ${2}.`,
's06e94ce02889c515': str`febrero de ${0}`,
's075f3c956ff7a6ce': `1 término`,
's09fde9cbb5c6a5e2': str`1 término coincide con «${0}»`,
's0ab07cd80274cf50': `Cómo funciona`,
's0bdfd8bcb0112b42': str`Del artículo «${0}», con revisión médica de ${1}`,
's0c42eeccaa28c33a': `un objeto de identificadores y enlaces como {"biomarkers": "https://…"}`,
's0ec9c3448b5816bb': str`enero de ${0}`,
's0fd88ad1fffe8db6': str`${0} términos`,
's1207880b2fdd9744': str`mayo de ${0}`,
's13ab62950a6c39c0': `Qué es`,
's1aad1a10803a23f1': str`abril de ${0}`,
's1b059bf5ec2b7293': str`Revisado por ${0}, ${1}, ${2}`,
's1ebf31710ef68eb6': `Buscar en el glosario`,
's1f8deb0f417121a9': str`julio de ${0}`,
's241d62e0f15c7902': `JSON como {"biomarkers": "https://…"}`,
's272694616d6bd8c3': `Cuándo se usa`,
's2a9c0b336e62f0ea': str`marzo de ${0}`,
's320eb9bc89dad70a': str`Ejemplos: datos reunidos en ${0} a partir de 1 fuente, aparte de la revisión médica del artículo.`,
's32566c8c0a95ea70': str`Esta información debe revisarse: su próxima revisión estaba prevista para ${0}.`,
's32fcde0d5c6abda4': str`Nombre comercial en EE. UU.: ${0}; entre los biosimilares están ${1}`,
's3dedfb34b4a6015a': str`septiembre de ${0}`,
's44b50e0e2a959984': str`Texto original con revisión médica: ${0}`,
's4bc775352b93d049': str`noviembre de ${0}`,
's520c9320773c3853': str`junio de ${0}`,
's5dd29d97ee0d9143': str`Mostrar ${0} más`,
's5f43af3669b1e098': `Fuente`,
's62dd0add0d334c9d': str`Falta ${0}. Use uno de estos: ${1}.`,
's6337d7c8ae6d7611': str`Ningún término coincide con «${0}». Pruebe con una palabra más corta o distinta.`,
's635db2e78267689f': `Más términos: Diccionario de cáncer del NCI`,
's767c8eea965c7609': str`No se usó el registro de revisión de la página: ${0}.`,
's7ab57795b8e56606': str`Revisión médica: ${0}`,
's7d83d7d968c4c059': str`Nombre comercial en EE. UU.: ${0}`,
's7efa63db11de556f': str`Se ignoró el valor de ${0} «${1}»: se esperaba ${2}.`,
's7f3ddd6ce44f761a': `Escriba una palabra, por ejemplo, HER2`,
's81edf28bada8fd15': str`Revisión médica: ${0}`,
's81fa26ccde47d6b4': `(se abre en una pestaña nueva)`,
's8232b24bf248da8e': str`Ejemplos: datos reunidos en ${0} a partir de ${1} fuentes, aparte de la revisión médica del artículo.`,
's91e3a47599412f51': `Fuentes`,
's93fbe16df62cab4c': str`Cerrar la definición de ${0}`,
'sa283d983368f73b5': `Glosario`,
'saec66f2de60e11a2': str`Traducción revisada por ${0}, ${1}`,
'sba4a992fe6631041': str`octubre de ${0}`,
'sbab8a0378ed583b1': `1 fuente`,
'sbc8e4a1504cafc2c': str`diciembre de ${0}`,
'sc27e0098602d39d6': `Ejemplos`,
'sc3737116124f8ffc': `Esta información no reemplaza los consejos de su equipo de atención médica.`,
'sd042ce1f396199bc': str`Fuentes (${0})`,
'sd1de76ca1389e9be': str`agosto de ${0}`,
'sd702ec2ac4fccddc': str`Próxima revisión: ${0}`,
'sdeb54545df4755bd': `una lista de {id, term, definition} con valores de texto e identificadores nuevos en minúsculas, como «my-term»`,
'sef55f57263b69911': `enlaces absolutos http:// o https://`,
'sfae470ea1ec385ea': str`${0} términos coinciden con «${1}»`,
'sfd66c6fcd9f5f9af': str`${0} fuentes`,
    };
  